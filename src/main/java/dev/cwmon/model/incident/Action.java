package dev.cwmon.model.incident;

/** The automated responses of the incident-response service, as the guide names them. */
public enum Action {
  GATHER_DIAGNOSTICS, RESTART_INSTANCE, SCALE_UP, WARM_CACHE, ENABLE_CIRCUIT_BREAKER,
  FAILOVER_VECTOR_DB, CLEAR_CACHES, ESCALATE
}
