-- wrk script: the same random rodent reports IntakeLoad.java sends (a valid Open311 POST somewhere
-- on land in the five boroughs), so the light C client can drive the closed loop. Counts the answers
-- that are not 201 so run.sh can report errors.
-- Usage: wrk -t2 -c16 -d20s --latency -s post.lua http://localhost:PORT/open311/v2/requests.json [-- MEAN_PAUSE_MS]
-- With MEAN_PAUSE_MS each connection pauses a random (exponential) time of that mean between its
-- requests: C connections then offer about C / (pause + latency) requests per second, a paced load
-- that leaves the server idle time (an approximation of an open loop: a request delayed by the
-- server delays that connection's next one).
local land = {
  {40.7580, -73.9855}, {40.7484, -73.9857}, {40.7306, -73.9866}, {40.7128, -74.0060}, {40.7831, -73.9712},
  {40.8116, -73.9465}, {40.8448, -73.9393}, {40.7614, -73.9776}, {40.7209, -73.9974}, {40.7736, -73.9566},
  {40.6782, -73.9442}, {40.6501, -73.9496}, {40.6928, -73.9903}, {40.7081, -73.9571}, {40.6195, -73.9903},
  {40.6602, -73.9690}, {40.7282, -73.7949}, {40.7498, -73.8700}, {40.7033, -73.8166}, {40.7447, -73.9235},
  {40.8448, -73.8648}, {40.8296, -73.9262}, {40.8677, -73.8990}, {40.8176, -73.8820}, {40.5795, -74.1502},
  {40.6323, -74.1190}, {40.6400, -74.0800}, {40.5623, -74.1120}}
local descriptors = {"rat-sighting", "rat-sighting", "mouse-sighting", "signs-of-rodents", "condition-attracting-rodents"}
local texts = {"Rats+near+the+bags", "Rats+running+along+the+curb+at+night", "Droppings+by+the+basement+door",
  "Mice+in+the+lobby%2C+garbage+left+out+for+days", "Burrows+in+the+tree+pit+next+to+the+bus+stop"}
local headers = {["Content-Type"] = "application/x-www-form-urlencoded"}
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  bad = 0
  pause = tonumber(args[1] or "0") or 0
end

function delay()
  if pause <= 0 then return 0 end
  return -math.log(1 - math.random()) * pause
end

function request()
  local spot = land[math.random(#land)]
  local where = math.random(0, 3)
  local body = "api_key=demo-key&service_code=dohmh-rodent"
    .. string.format("&lat=%.6f&long=%.6f", spot[1] + (math.random() - 0.5) * 0.004, spot[2] + (math.random() - 0.5) * 0.004)
    .. "&attribute%5Bdescriptor%5D=" .. descriptors[math.random(#descriptors)]
  if where % 2 == 1 then body = body .. "&attribute%5Bseen_where%5D%5B%5D=sidewalk" end
  if where >= 2 then body = body .. "&attribute%5Bseen_where%5D%5B%5D=garbage-area" end
  body = body .. "&description=" .. texts[math.random(#texts)]
  return wrk.format("POST", nil, headers, body)
end

function response(status, headers, body)
  if status ~= 201 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + t:get("bad") end
  io.write(string.format("WRK rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f non201=%d requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, n, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
