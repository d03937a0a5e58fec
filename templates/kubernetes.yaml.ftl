<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#-- A YAML stream: every object after a "---" line. A PrometheusRule's spec.groups is laid
     out as in the plain rule file, two spaces deeper. -->
<#import "header.ftl" as h>
<@h.header/>
<#list docs as doc>
---
<#if doc.kind == "PrometheusRule">
apiVersion: [=doc.apiVersion]
kind: [=doc.kind]
metadata:
<@yaml value=doc.metadata indent=2/>
spec:
  groups:
<#list doc.spec.groups as group>
<#if group?index != 0>

</#if>
<@yaml value=group indent=4 item=true/>
</#list>
<#else>
<@yaml value=doc indent=0/>
</#if>
</#list>
