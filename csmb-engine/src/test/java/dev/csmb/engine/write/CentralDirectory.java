package dev.csmb.engine.write;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip archive's central directory independently of {@link ZipArchive}, to check what
 * {@link java.util.zip.ZipFile} does not show: the host, the Unix mode and the raw DOS timestamp.
 */
final class CentralDirectory {

    /**
     * One central-directory record.
     *
     * @param name               the entry name
     * @param madeBy             "version made by": host in the high byte
     * @param externalAttributes Unix mode in the high 16 bits
     * @param dosTime            raw DOS time
     * @param dosDate            raw DOS date
     * @param extraLength        length of the extra field
     */
    record Entry(String name, int madeBy, int externalAttributes, int dosTime, int dosDate, int extraLength) {

        /** The Unix mode, file type included, for example {@code 0100755}. */
        int unixMode() {
            return externalAttributes >>> 16;
        }
    }

    private CentralDirectory() {
    }

    /** Every record, in archive order. */
    static List<Entry> read(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (buffer.getInt(end) != 0x06054b50) {
            end--;
        }
        int count = Short.toUnsignedInt(buffer.getShort(end + 10));
        int position = buffer.getInt(end + 16);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (buffer.getInt(position) != 0x02014b50) {
                throw new AssertionError("no central directory header at " + position);
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(position + 28));
            int extraLength = Short.toUnsignedInt(buffer.getShort(position + 30));
            int commentLength = Short.toUnsignedInt(buffer.getShort(position + 32));
            String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
            entries.add(new Entry(name, Short.toUnsignedInt(buffer.getShort(position + 4)), buffer.getInt(position + 38),
                    Short.toUnsignedInt(buffer.getShort(position + 12)),
                    Short.toUnsignedInt(buffer.getShort(position + 14)), extraLength));
            position += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }
}
