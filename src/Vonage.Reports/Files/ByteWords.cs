using System.Runtime.CompilerServices;

namespace Vonage.Reports.Files
{
    /// <summary>Eight bytes of a buffer as one number, for comparing and hashing field bytes a word at a time.</summary>
    internal static class ByteWords
    {
        /// <summary>The eight bytes at <paramref name="at"/> (the caller ensures all eight are in the array).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Read(byte[] bytes, int at) => Unsafe.ReadUnaligned<ulong>(ref bytes[at]);
    }
}
