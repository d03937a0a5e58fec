package dev.cwmon.cli;

import picocli.CommandLine.Command;

/** {@code cwmon test-rules}: the former name of the rule tests, now all of {@code cwmon test}. */
@Command(name = "test-rules", hidden = true, mixinStandardHelpOptions = true,
    description = "Same as cwmon test (kept for scripts written before rule tests joined it).",
    footer = ExitCodes.HELP)
final class TestRulesAlias extends TestCommand {}
