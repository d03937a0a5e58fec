<#ftl output_format="cwmon-json" strip_whitespace=true>
<#-- One Grafana dashboard. JSON has no comments: cwmon knows its files from .cwmon-manifest. -->
<@json value=doc/>
