<#ftl output_format="cwmon-logstash" strip_whitespace=true>
<#import "header.ftl" as h>
<#-- The pipeline text comes from cwmon's Logstash printer, which quoted every value. -->
<@h.header/>

[=pipeline?no_esc]
