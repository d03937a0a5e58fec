<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<@h.header/>
<#-- A Grafana provisioning file: data sources, or the provider that loads the dashboards. -->

apiVersion: 1
<#list doc?keys as key>
<#if key != "apiVersion">
[=key]:
<#list doc[key] as item>
<@yaml value=item indent=2 item=true/>
</#list>
</#if>
</#list>
