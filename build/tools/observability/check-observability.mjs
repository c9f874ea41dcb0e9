// Proves the dashboards and alerts against a real Prometheus (build/observability-check.sh starts both servers):
// drives traffic through every module of the API, waits until Prometheus has scraped what it caused, then checks
//   - the Grafana dashboards and provisioning files are well-formed;
//   - every panel query and every alert expression is accepted by Prometheus's query API, and every metric name in
//     it has a series, so a renamed metric fails CI;
//   - Prometheus loaded every alert rule and evaluates each without error.
// Usage: node observability/check-observability.mjs <api-url> <prometheus-url> <repo-root>
// Prints one line per failure and, last, "RESULT <passed> <failed>".
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

const [api, prometheus, repoRoot] = process.argv.slice(2);
if (!api || !prometheus || !repoRoot) {
  throw new Error("usage: check-observability.mjs <api-url> <prometheus-url> <repo-root>");
}

const password = "correct horse battery staple";
const client = { "X-App-Type": "ios", "X-App-Version": "1.0.0", "Content-Type": "application/json" };

async function call(method, path, { token, body, device = "device-1", expect } = {}) {
  const headers = { ...client, "X-Device-ID": device, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(api + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (expect !== undefined && response.status !== expect) {
    throw new Error(`${method} ${path}: expected ${expect}, got ${response.status} ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : undefined;
}

async function signUp(email) {
  const { id } = await call("POST", "/api/v1/auth/register", { body: { email, password, displayName: email.split("@")[0] }, expect: 201 });
  const tokens = await call("POST", "/api/v1/auth/login", { body: { email, password }, expect: 200 });
  return { id, ...tokens };
}

/** What users of every module do, with the refusals and failures the dashboards and alerts count. */
async function driveTraffic() {
  // The database outlives a run: this run's names are its own.
  const run = Date.now().toString(36).toUpperCase();
  const [annEmail, bobEmail] = [`ann-${run}@example.com`, `bob-${run}@example.com`];
  const ann = await signUp(annEmail);
  const bob = await signUp(bobEmail);
  await call("POST", "/api/v1/auth/login", { body: { email: annEmail, password: "not the password" }, expect: 401 });
  await call("GET", "/api/v1/auth/me", { token: ann.accessToken, expect: 200 });
  await call("POST", "/api/v1/auth/refresh", { body: { refreshToken: bob.refreshToken }, expect: 200 });
  // The used token presented again ends the session (refresh-token reuse); Bob signs in anew.
  await call("POST", "/api/v1/auth/refresh", { body: { refreshToken: bob.refreshToken }, device: "thief", expect: 401 });
  const bobAgain = await call("POST", "/api/v1/auth/login", { body: { email: bobEmail, password }, expect: 200 });
  await call("POST", "/api/v1/auth/password/forgot", { body: { email: annEmail }, expect: 202 });

  const project = await call("POST", "/api/v1/projects", { token: ann.accessToken, body: { key: `G${run}`.slice(0, 10), name: "Garden" }, expect: 201 });
  await call("POST", "/api/v1/projects", { token: ann.accessToken, body: { key: "!", name: "Bad key" }, expect: 400 });
  const members = `/api/v1/projects/${project.id}/members`;
  await call("POST", members, { token: ann.accessToken, body: { userId: bob.id, role: "viewer" }, expect: 201 });
  await call("PUT", `${members}/${bob.id}`, { token: ann.accessToken, body: { role: "member" }, expect: 200 });
  await call("DELETE", `${members}/${bob.id}`, { token: ann.accessToken, expect: 204 });
  await call("POST", `/api/v2/projects/${project.id}/archive`, { token: ann.accessToken, expect: 200 });
  await call("GET", `/api/v1/projects/${crypto.randomUUID()}`, { token: ann.accessToken, expect: 404 });

  const squat = (await call("GET", "/api/v1/exercises?search=back%20squat", { token: ann.accessToken, expect: 200 })).items[0].id;
  const startedAt = new Date(Date.now() - 2 * 3600_000);
  const workout = await call("POST", "/api/v1/workouts", {
    token: ann.accessToken,
    body: { title: "Legs", startedAt, endedAt: new Date(startedAt.getTime() + 3600_000), sets: [{ exerciseId: squat, reps: 5, weight: 80 }, { exerciseId: squat, reps: 5, weight: 90 }] },
    expect: 201,
  });
  await call("POST", `/api/v1/workouts/${workout.id}/sets`, { token: ann.accessToken, body: { exerciseId: squat, reps: 3, weight: 100 }, expect: 200 });
  for (let read = 0; read < 3; read++) {
    await call("GET", "/api/v1/workouts/stats", { token: ann.accessToken, expect: 200 });
    await call("GET", "/api/v1/workouts/records", { token: ann.accessToken, expect: 200 });
  }

  await call("GET", "/api/v1/notifications", { token: bobAgain.accessToken, expect: 200 });
  await call("GET", "/api/v1/notifications/unread-count", { token: bobAgain.accessToken, expect: 200 });
}

async function query(expr) {
  const response = await fetch(`${prometheus}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return response.json();
}

const keywords = new Set(["and", "or", "unless", "bool", "offset", "inf", "nan"]);

/** The metric names a PromQL expression reads: words that are not functions, keywords, labels, strings or ranges. */
function metricNames(expr) {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, "");
  const names = [...bare.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(?!\s*\()/g)].map((match) => match[1]);
  return [...new Set(names.filter((name) => !keywords.has(name.toLowerCase())))];
}

/** Grafana's variables, as the dashboards' defaults would fill them. */
const asGrafanaWould = (expr) => expr.replaceAll("$__rate_interval", "1m").replaceAll("$instance", ".+");

function dashboards() {
  const folder = join(repoRoot, "deploy/grafana/dashboards");
  return readdirSync(folder).filter((file) => file.endsWith(".json")).map((file) => ({ file, dashboard: JSON.parse(readFileSync(join(folder, file), "utf8")) }));
}

function alertRules() {
  const rules = yaml.load(readFileSync(join(repoRoot, "deploy/prometheus/alerts.yml"), "utf8"));
  return rules.groups.flatMap((group) => group.rules.map((rule) => ({ name: rule.alert, expr: rule.expr })));
}

const failures = [];
let passed = 0;
const check = (ok, what) => (ok ? passed++ : failures.push(what));

/** One check per dashboard file and one for the provisioning files. */
function checkFiles(found) {
  const expected = ["api.json", "business.json", "system.json"];
  check(JSON.stringify(found.map((entry) => entry.file).sort()) === JSON.stringify(expected), `dashboards are not exactly ${expected.join(", ")}`);
  for (const { file, dashboard } of found) {
    const panels = dashboard.panels.filter((panel) => panel.type !== "row");
    const ids = dashboard.panels.map((panel) => panel.id);
    const malformed = panels.filter((panel) => !(panel.title && panel.datasource?.uid === "${datasource}" && panel.targets?.length > 0 && panel.targets.every((target) => target.expr)));
    check(dashboard.uid && dashboard.title && panels.length > 0 && new Set(ids).size === ids.length && malformed.length === 0,
      `${file}: needs a uid, a title, unique panel ids, and panels with a title, the dashboard's datasource and queries (${malformed.map((panel) => panel.title).join(", ")})`);
  }
  const provider = yaml.load(readFileSync(join(repoRoot, "deploy/grafana/provisioning/dashboards/platform.yaml"), "utf8"));
  const datasource = yaml.load(readFileSync(join(repoRoot, "deploy/grafana/provisioning/datasources/prometheus.yaml"), "utf8"));
  check(provider.providers?.[0]?.type === "file" && provider.providers[0].options?.path && datasource.datasources?.[0]?.type === "prometheus",
    "the provisioning files need a file dashboard provider with a path and a Prometheus datasource");
}

async function checkQuery(where, expr) {
  const answer = await query(asGrafanaWould(expr));
  if (answer.status !== "success") {
    failures.push(`${where}: Prometheus refused the query: ${answer.error}`);
    return;
  }
  const missing = [];
  for (const name of metricNames(expr)) {
    const series = await query(`count({__name__="${name}"})`);
    if (!(series.data?.result?.length > 0)) {
      missing.push(name);
    }
  }
  check(missing.length === 0, `${where}: no series for ${missing.join(", ")}`);
}

/** Waits until every metric the queries read has a series (counters appear at their first increment, mail dies after its retries). */
async function waitForSeries(exprs, seconds) {
  const names = [...new Set(exprs.flatMap(metricNames))];
  let missing = names;
  for (let waited = 0; waited < seconds && missing.length > 0; waited++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const present = await Promise.all(missing.map(async (name) => (await query(`count({__name__="${name}"})`)).data?.result?.length > 0));
    missing = missing.filter((_, index) => !present[index]);
  }
  return missing;
}

await driveTraffic();
const found = dashboards();
checkFiles(found);
const panelQueries = found.flatMap(({ file, dashboard }) => dashboard.panels.filter((panel) => panel.type !== "row")
  .flatMap((panel) => panel.targets.map((target) => ({ where: `${file} "${panel.title}" ${target.refId}`, expr: target.expr }))));
const alerts = alertRules().map((rule) => ({ where: `alert ${rule.name}`, expr: rule.expr }));
const still = await waitForSeries([...panelQueries, ...alerts].map((entry) => entry.expr), 90);
if (still.length > 0) {
  console.error(`After 90 s these metrics still had no series: ${still.join(", ")}`);
}
for (const { where, expr } of [...panelQueries, ...alerts]) {
  await checkQuery(where, expr);
}

const loaded = (await (await fetch(`${prometheus}/api/v1/rules?type=alert`)).json()).data.groups.flatMap((group) => group.rules);
const unhealthy = loaded.filter((rule) => rule.health !== "ok");
check(loaded.length === alerts.length && unhealthy.length === 0,
  `Prometheus loaded ${loaded.length} of ${alerts.length} alert rules; not evaluating: ${unhealthy.map((rule) => `${rule.name} (${rule.lastError})`).join(", ")}`);

for (const failure of failures) {
  console.error(failure);
}
console.log(`${panelQueries.length} panel queries and ${alerts.length} alert expressions checked on Prometheus`);
console.log(`RESULT ${passed} ${failures.length}`);
