package dev.cwmon.model.alertmanager;

/**
 * A webhook receiver. The URL is written inline, or read by Alertmanager from {@code url_file}
 * where the target version supports it (0.26 and later).
 */
public record WebhookConfig(String url, String urlFile, Boolean sendResolved, Integer maxAlerts) {}
