<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<#-- elasticsearch.yml and kibana.yml: flat dotted keys, in titled groups. -->
<@h.header/>
<#list groups as group>

# [=group.title]
<@yaml value=group.settings indent=0/>
</#list>
