-- mame_oracle.lua: MAME 0.251 autoboot script of tools/mame_refs.sh (the oracle.lua of shared/mame-oracle
-- plus relative analog inputs). Env vars:
--   ORACLE_PREFIX  snapshot name prefix, relative to -snapshot_directory (e.g. "centiped/test")
--   ORACLE_FRAMES  comma list of frame numbers to snapshot
--   ORACLE_INPUTS  ";"-list of "frame,porttag,mask,value": value 1/0 = pressed/released; a signed value
--                  (+N or -N) adds N counts to the analog field (trackball, dial, paddle, stick) under
--                  the mask, as in Cabinet's -inputscript; on a DIP switch, 1 sets the field to the
--                  opposite of its default, 0 back to the default (as Cabinet's input_set_field)
-- Frame N = screen:frame_number() in the frame-done callback (the first frame is 1).
--
-- In 0.251, field:set_value() on an analog field overrides its reading with the value given (clamped to
-- the field's range, PORT_REVERSE not applied) until clear_value(). So the script keeps each field's
-- count and sets the value the port would read with that count: (default + count) wrapped to the field's
-- range (relative fields: trackball, dial) or held within it (absolute ones: paddle, stick, whose count
-- stops at the range's ends as Cabinet's does), reversed for an analog_reverse field (a relative field
-- mirrored in its range, an absolute one about its default, as MAME reads them).
local scr = manager.machine.screens[":screen"]
local prefix = os.getenv("ORACLE_PREFIX") or "snap"
local snaps = {}
for f in string.gmatch(os.getenv("ORACLE_FRAMES") or "", "%d+") do snaps[tonumber(f)] = true end
local events = {}
for ev in string.gmatch(os.getenv("ORACLE_INPUTS") or "", "[^;]+") do
  local f, tag, mask, val = string.match(ev, "(%d+),([^,]+),(%w+),([+-]?%d+)")
  f = tonumber(f)
  events[f] = events[f] or {}
  table.insert(events[f], {tag, tonumber(mask), val})
end
local counts = {}
local absolute = { PADDLE = true, PADDLE_V = true, AD_STICK_X = true, AD_STICK_Y = true, AD_STICK_Z = true,
                   PEDAL = true, PEDAL2 = true, PEDAL3 = true, LIGHTGUN_X = true, LIGHTGUN_Y = true }
local function is_dipswitch(fld)
  local ok, tok = pcall(function() return manager.machine.ioport:input_type_to_token(fld.type) end)
  return ok and tok == "DIPSWITCH"
end
local function is_absolute(fld)
  local ok, tok = pcall(function() return manager.machine.ioport:input_type_to_token(fld.type) end)
  return ok and tok ~= nil and absolute[(string.gsub(tok, "^P%d+_", ""))] == true
end
local function field(tag, mask)
  local port = manager.machine.ioport.ports[tag]
  if not port then error("no port " .. tag) end
  for _, fld in pairs(port.fields) do
    if fld.mask == mask then return fld end
  end
  for _, fld in pairs(port.fields) do
    if fld.mask & mask ~= 0 then return fld end
  end
  error(string.format("no field %s mask %x", tag, mask))
end
emu.register_frame_done(function()
  local f = scr:frame_number()
  for _, e in ipairs(events[f] or {}) do
    local ok, fld = pcall(field, e[1], e[2])
    if not ok then
      print("input WARNING: " .. tostring(fld))
    elseif string.match(e[3], "^[+-]") then
      local key = e[1] .. "/" .. e[2]
      counts[key] = (counts[key] or 0) + tonumber(e[3])
      local lo, hi = fld.minvalue, fld.maxvalue
      local v
      if is_absolute(fld) then
        -- MAME reverses an absolute field about its default
        v = math.max(lo, math.min(hi, fld.defvalue + counts[key]))
        counts[key] = v - fld.defvalue
        if fld.analog_reverse then v = math.max(lo, math.min(hi, fld.defvalue - counts[key])) end
      else
        v = (fld.defvalue - lo + counts[key]) % (hi - lo + 1) + lo
        if fld.analog_reverse then v = hi - v + lo end
      end
      fld:set_value(v)
      print(string.format("input frame=%d %s mask=0x%02x (%s) %s -> count %d, value %d", f, e[1], e[2],
                          fld.name, e[3], counts[key], v))
    elseif is_dipswitch(fld) then
      -- a DIP switch (Cabinet's input_set_field): 1 = the opposite of its default setting
      local v = tonumber(e[3]) ~= 0 and ((~fld.defvalue) & fld.mask) or fld.defvalue
      fld.user_value = v
      print(string.format("input frame=%d %s mask=0x%02x (%s) DIP -> 0x%02x", f, e[1], e[2], fld.name, v))
    else
      fld:set_value(tonumber(e[3]))
      print(string.format("input frame=%d %s mask=0x%02x (%s) -> %s", f, e[1], e[2], fld.name, e[3]))
    end
  end
  if snaps[f] then
    scr:snapshot(string.format("%s_f%04d.png", prefix, f))
    print(string.format("snapshot frame=%d %s_f%04d.png", f, prefix, f))
  end
end)
