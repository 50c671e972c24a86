using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Aims.Manifest.Binary;

/// <summary>
/// The instructions of a method body that name a method: call, callvirt, newobj, ldftn and ldvirtftn, with their IL
/// offsets. Every other instruction is skipped by its operand size (ECMA-335 III).
/// </summary>
internal static class IlInstructions
{
    private const byte TwoByte = 0xFE;

    public static IEnumerable<(int Offset, EntityHandle Target)> MethodTargets(MethodBodyBlock body)
    {
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            var code = il.ReadByte();
            if (code == TwoByte)
            {
                var second = il.ReadByte();
                if (second is 0x06 or 0x07)
                {
                    // ldftn, ldvirtftn: a delegate made from a method group.
                    yield return (offset, MetadataTokens.EntityHandle(il.ReadInt32()));
                    continue;
                }

                il.Offset += TwoByteOperandSize(second);
                continue;
            }

            if (code is 0x28 or 0x6F or 0x73)
            {
                // call, callvirt, newobj.
                yield return (offset, MetadataTokens.EntityHandle(il.ReadInt32()));
                continue;
            }

            if (code == 0x45)
            {
                // switch: a count, then that many branch targets.
                var targets = il.ReadInt32();
                if (targets < 0 || targets > il.RemainingBytes / 4)
                {
                    throw new System.BadImageFormatException($"a switch at IL offset {offset} has {targets} targets");
                }

                il.Offset += 4 * targets;
                continue;
            }

            il.Offset += OneByteOperandSize(code);
        }
    }

    private static int OneByteOperandSize(byte code) => code switch
    {
        >= 0x0E and <= 0x13 => 1,                       // ldarg.s .. stloc.s
        0x1F => 1,                                      // ldc.i4.s
        0x20 or 0x22 => 4,                              // ldc.i4, ldc.r4
        0x21 or 0x23 => 8,                              // ldc.i8, ldc.r8
        0x27 or 0x29 => 4,                              // jmp, calli
        >= 0x2B and <= 0x37 => 1,                       // short branches
        >= 0x38 and <= 0x44 => 4,                       // long branches
        >= 0x70 and <= 0x75 => 4,                       // cpobj, ldobj, ldstr, castclass, isinst (call-like ones handled above)
        0x79 => 4,                                      // unbox
        >= 0x7B and <= 0x81 => 4,                       // ldfld .. stobj
        0x8C or 0x8D or 0x8F => 4,                      // box, newarr, ldelema
        >= 0xA3 and <= 0xA5 => 4,                       // ldelem, stelem, unbox.any
        0xC2 or 0xC6 or 0xD0 => 4,                      // refanyval, mkrefany, ldtoken
        0xDD => 4,                                      // leave
        0xDE => 1,                                      // leave.s
        _ => 0,
    };

    private static int TwoByteOperandSize(byte code) => code switch
    {
        >= 0x09 and <= 0x0E => 2,                       // ldarg .. stloc
        0x12 or 0x19 => 1,                              // unaligned., no.
        0x15 or 0x16 or 0x1C => 4,                      // initobj, constrained., sizeof
        _ => 0,
    };
}
