-- wrk script: rotates through the request paths in the file named by the PATHS environment variable (one a line),
-- sends the session cookie from COOKIE, and prints one JSON line with the rate, latency percentiles and errors.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local cookie = os.getenv("COOKIE") or ""
local counter = 0

request = function()
  counter = counter + 1
  local headers = {}
  if #cookie > 0 then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50ms":%.2f,"p99ms":%.2f,"maxms":%.2f,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"bytes":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout, summary.bytes))
end
