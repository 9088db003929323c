// Packet files as the app exports them (format `japan-care-planner/packet`, schema version 1,
// published in dist/schema/packet-v1.json), for tests and benchmarks that open one.

/** A valid plain packet holding `intake`, saved from a draft named `draftName`. */
export function packetFile(draftName, intake) {
  const packet = {
    format: 'japan-care-planner/packet',
    schema_version: 1,
    created_at: '2026-11-21T08:00:00.000Z',
    app_version: '0.1.0',
    locale: 'en',
    draft_name: draftName,
    intake,
  };
  return Buffer.from(JSON.stringify(packet));
}
