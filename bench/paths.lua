-- Sends the paths of the file named by BENCH_PATHS in turn, one a request, so that every request differs.
dofile(os.getenv("BENCH_HERE") .. "/timing.lua")

local paths = {}

function init(args)
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    paths[#paths + 1] = line
  end
  -- Each connection thread starts at its own place in the list.
  counter = math.random(#paths)
end

request = timed(function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end)
