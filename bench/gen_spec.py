#!/usr/bin/env python3
"""Writes a large cwmon spec for benchmarks: N alerting rules over a small catalog,
R routes and as many receivers. Usage: gen_spec.py RULES ROUTES OUT.yaml"""
import sys

rules, routes, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
w = open(out, "w")
w.write("name: bench\n")
w.write("catalog:\n  metrics:\n")
w.write("    - {name: app_requests_total, type: counter, job: app, "
        "labels: [tenant_id, status], label_values: {status: [ok, error]}}\n")
w.write("    - {name: app_latency_seconds, type: histogram, job: app, labels: [tenant_id]}\n")
w.write("prometheus:\n  global: {scrape_interval: 15s}\n  scrape_configs:\n")
w.write("    - job_name: app\n      static_configs: [{targets: ['app:9090']}]\n")
w.write("rules:\n  - file: bench-rules.yml\n    groups:\n")
per_group = 100
for g in range(0, rules, per_group):
    w.write(f"      - name: group-{g // per_group}\n        rules:\n")
    for i in range(g, min(g + per_group, rules)):
        t = i % routes
        w.write(f"          - alert: Alert{i}\n")
        w.write(f"            expr: sum by (tenant_id) (rate(app_requests_total"
                f"{{status=\"error\", tenant_id=\"t{t}\"}}[5m])) "
                f"/ sum by (tenant_id) (rate(app_requests_total{{tenant_id=\"t{t}\"}}[5m])) > 0.05\n")
        w.write("            for: 5m\n")
        w.write(f"            labels: {{severity: warning, team: team{t}}}\n")
        # Every annotation differs, so no cache of checked templates flatters the figures.
        w.write("            annotations: {summary: \"{{ $labels.tenant_id }} errors at "
                f"{{{{ $value | humanizePercentage }}}} (rule {i})\"}}\n")
w.write("alertmanager:\n  route:\n    receiver: default\n    routes:\n")
for t in range(routes):
    w.write(f"      - {{matchers: [team = team{t}], receiver: team{t}}}\n")
w.write("  receivers:\n    - name: default\n")
for t in range(routes):
    w.write(f"    - {{name: team{t}, webhook_configs: [{{url: 'http://hooks.internal/team{t}'}}]}}\n")
w.close()
