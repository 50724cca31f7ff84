-- Times every request by the client's own clock and prints its p50 and p99 when the run is done.
--
-- wrk's own percentiles are not what the requests took: before it reports them, it adds for every slow answer the
-- answers that requests sent at the run's average rate would have waited for meanwhile (its correction for
-- "coordinated omission"). On a closed loop of a few connections one slow answer thus becomes dozens of samples.
-- Here every connection has a thread of its own (wrk -t equal to -c), so a thread asks for its next request as soon
-- as the answer before it is read: the time between two requests of a thread is what the first one took.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *now);
]]
local clock = ffi.new("bench_timespec")
local MONOTONIC = 1

local function micros()
  ffi.C.clock_gettime(MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000000 + tonumber(clock.tv_nsec) / 1000
end

taken = {}
local last

-- Returns a request function that records the time since its thread's previous request, then makes the request.
function timed(make)
  return function()
    local now = micros()
    if last then
      taken[#taken + 1] = now - last
    end
    last = now
    return make()
  end
end

request = timed(function() return wrk.format() end)

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for _, micros in ipairs(thread:get("taken")) do
      all[#all + 1] = micros
    end
  end
  if #all == 0 then
    return
  end
  table.sort(all)
  local function at(share)
    return all[math.max(1, math.ceil(share * #all))] / 1000
  end
  io.write(string.format("taken %d p50 %.3fms p99 %.3fms\n", #all, at(0.5), at(0.99)))
end
