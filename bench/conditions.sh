# Sourced by the benchmarks: conditions prints what a figure depends on, first: the machine's cores,
# memory and load average before starting, PostgreSQL's version and the settings that move query
# times (autovacuum among them: off on this machine, so the benchmarks VACUUM ANALYZE themselves).
# Needs PG (the psql command line) set.
conditions() {
  echo "== conditions"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load before starting: $(cut -d' ' -f1-3 /proc/loadavg)"
  "${PG[@]}" -d postgres -At -c "SELECT version()"
  "${PG[@]}" -d postgres -At -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name)
    FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost',
    'max_connections', 'autovacuum', 'jit', 'max_wal_size')"
}
