<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<@h.header/>
<#if doc.global??>

global:
<@yaml value=doc.global indent=2/>
</#if>
<#if doc.templates??>

templates:
<@yaml value=doc.templates indent=2/>
</#if>

route:
<@yaml value=doc.route indent=2/>
<#if doc.inhibit_rules??>

inhibit_rules:
<@yaml value=doc.inhibit_rules indent=2/>
</#if>
<#if doc.time_intervals??>

time_intervals:
<@yaml value=doc.time_intervals indent=2/>
</#if>

receivers:
<#list doc.receivers as receiver>
<#if receiver?index != 0>

</#if>
<@yaml value=receiver indent=2 item=true/>
</#list>
