<#ftl output_format="cwmon-yaml" strip_whitespace=true>
<#import "header.ftl" as h>
<@h.header/>

<@yaml value=doc indent=0/>
