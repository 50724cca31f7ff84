-- Records a new incident on every request through the JSON API, as an editor (the API token in BENCH_TOKEN).
dofile(os.getenv("BENCH_HERE") .. "/timing.lua")

local number = 0

function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
  source = os.getenv("BENCH_SOURCE")
  number = math.random(1000000000)
end

request = timed(function()
  number = number + 1
  local day = 1 + number % 28
  local body = string.format(
    '{"kind":"DRONE_INCURSION","title":"Benchmark incident %d (generated test data)",' ..
    '"date":"2023-03-%02d","precision":"DAY","country":"KZ","latitude":51.16,"longitude":71.43,' ..
    '"geoPrecision":"EXACT","sources":[%s],"confirmDuplicate":true}', number, day, source)
  return wrk.format(nil, nil, nil, body)
end)
