package dev.cwmon.model.alertmanager;

import dev.cwmon.model.SecretRef;

/** A Slack receiver; the webhook URL is a secret, rendered as {@code api_url_file}. */
public record SlackConfig(
    SecretRef apiUrl,
    String channel,
    String username,
    String color,
    String title,
    String titleLink,
    String pretext,
    String text,
    String footer,
    String fallback,
    String iconEmoji,
    String iconUrl,
    Boolean linkNames,
    Boolean shortFields,
    Boolean sendResolved) {}
