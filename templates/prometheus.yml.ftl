<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<@h.header/>
<#if doc.global??>

global:
<@yaml value=doc.global indent=2/>
</#if>
<#if doc.alerting??>

alerting:
<@yaml value=doc.alerting indent=2/>
</#if>
<#if doc.rule_files??>

# Rule files written by cwmon next to this file.
rule_files:
<@yaml value=doc.rule_files indent=2/>
</#if>
<#if doc.scrape_configs??>

scrape_configs:
<#list doc.scrape_configs as job>
<#if job?index != 0>

</#if>
<@yaml value=job indent=2 item=true/>
</#list>
</#if>
