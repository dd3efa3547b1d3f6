// A new, empty PostgreSQL database for a test, on the server .ci/run starts (CAREERBOT_TEST_POSTGRES, in Npgsql's
// "Key=Value;…" form). Without that server the test is skipped with the reason, except under CI=true, where it fails.
'use strict';
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');

const server = process.env.CAREERBOT_TEST_POSTGRES;
const inCi = (process.env.CI || '').toLowerCase() === 'true';

/** Why the test cannot run here, or null when it can (under CI=true always null: a missing server then fails the test). */
function skipReason() {
  return server || inCi ? null : 'needs PostgreSQL (CAREERBOT_TEST_POSTGRES); .ci/run starts one';
}

function parse(connectionString) {
  const settings = {};
  for (const part of connectionString.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) settings[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
  }
  return settings;
}

/** Creates a database with psql; returns its Npgsql connection string. */
function newDatabase() {
  if (!server) throw new Error('CI=true but CAREERBOT_TEST_POSTGRES is not set: PostgreSQL was not started for the tests');
  const settings = parse(server);
  const name = 'careerbot_e2e_' + crypto.randomBytes(8).toString('hex');
  const created = spawnSync('psql', [
    '-h', settings.host || '127.0.0.1', '-p', settings.port || '5432', '-U', settings.username || 'postgres', '-d', settings.database || 'postgres',
    '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${name}`,
  ], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: settings.password || '' } });
  if (created.status !== 0) throw new Error('psql could not create a database: ' + created.stderr);
  return /Database=/i.test(server) ? server.replace(/Database=[^;]*/i, `Database=${name}`) : `${server};Database=${name}`;
}

module.exports = { skipReason, newDatabase };
