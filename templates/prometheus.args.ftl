<#ftl strip_whitespace=true>
<#-- One flag a line; flags take no spaces, so the file can be split on lines. -->
<#list flags as flag>
[=flag]
</#list>
