-- -autoboot_script for tools/mame_ay8910_probe.sh: prints the AY-3-8910's
-- save-state item names, its noise/tone state at a few frames, and the 16
-- bytes the sound CPU's probe program stored at 4000h (register readback).
local ay = manager.machine.devices[":8910.0"]
local cpu = manager.machine.devices[":audiocpu"]
local function item(name, i) return emu.item(ay.items["0/" .. name]):read(i or 0) end
local frame = 0
emu.register_frame_done(function()
  frame = frame + 1
  if frame == 1 then
    local names = {}
    for k in pairs(ay.items) do names[#names + 1] = k end
    table.sort(names)
    print("items " .. table.concat(names, " "))
  end
  if frame == 2 or frame == 3 or frame == 5 then
    print(string.format("state rng=%d prescale=%d duty0=%d duty1=%d duty2=%d period0=%d r0=%d r1=%d",
      item("m_rng"), item("m_prescale_noise"), item("m_tone.duty_cycle", 0),
      item("m_tone.duty_cycle", 1), item("m_tone.duty_cycle", 2), item("m_tone.period", 0),
      item("m_regs", 0), item("m_regs", 1)))
  end
  if frame >= 2 and frame <= 60 then
    print(string.format("env shape=%d holding=%d volume=%d", item("m_regs", 13),
      item("m_envelope.holding", 0), item("m_envelope.volume", 0)))
  end
  if frame == 61 then
    local b = {}
    for i = 0, 13 do b[#b + 1] = string.format("%02x", cpu.spaces["program"]:read_u8(0x4000 + i)) end
    print("readback " .. table.concat(b, " "))
    manager.machine:exit()
  end
end)
