<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<@h.header/>
<#if doc.groups?has_content>

groups:
<#list doc.groups as group>
<#if group?index != 0>

</#if>
<@yaml value=group indent=2 item=true/>
</#list>
<#else>

groups: []
</#if>
