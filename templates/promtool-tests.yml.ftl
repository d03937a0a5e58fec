<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<#-- A promtool test rules file; run it with: promtool test rules FILE -->
<@h.header/>

rule_files:
<@yaml value=doc.rule_files indent=2/>
evaluation_interval: [=doc.evaluation_interval]

tests:
<#list doc.tests as test>
<#if test?index != 0>

</#if>
<@yaml value=test indent=2 item=true/>
</#list>
