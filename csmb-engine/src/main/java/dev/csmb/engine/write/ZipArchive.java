package dev.csmb.engine.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal zip encoder that, unlike {@link java.util.zip.ZipOutputStream}, stores Unix file modes: deflated
 * files and stored folders, every timestamp 1980-01-01 00:00 and no extra fields, so equal input gives equal
 * bytes.
 *
 * <p>{@code ZipOutputStream} has no API for the central directory's "external attributes", where unzip tools
 * read the mode, and Apache Commons Compress would be a dependency for about a hundred lines. The layout follows
 * PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.16): "version made by" 3 (Unix), mode in the high 16 bits of
 * the external attributes, general-purpose flag 11 (UTF-8 names). No Zip64: a project over 4 GiB or 65,535
 * entries is refused.
 */
final class ZipArchive {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int VERSION = 20;
    private static final int MADE_BY_UNIX = (3 << 8) | VERSION;
    private static final int UTF8_NAMES = 1 << 11;
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = (1 << 5) | 1;
    private static final int FILE = 0100000;
    private static final int FOLDER = 0040000;
    private static final int MSDOS_FOLDER = 0x10;

    private final OutputStream out;
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private long offset;
    private int count;

    ZipArchive(OutputStream out) {
        this.out = out;
    }

    /** Adds a folder entry; {@code name} ends with {@code /}. */
    void addFolder(String name) throws IOException {
        add(name, new byte[0], 0, new byte[0], ((FOLDER | 0755) << 16) | MSDOS_FOLDER);
    }

    /** Adds a file, deflated, with mode {@code 755} when executable and {@code 644} otherwise. */
    void addFile(String name, byte[] content, boolean executable) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        add(name, content, (int) crc.getValue(), deflate(content), (FILE | (executable ? 0755 : 0644)) << 16);
    }

    /** Writes the central directory; the archive is complete afterwards. */
    void finish() throws IOException {
        long start = offset;
        central.writeTo(out);
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        u32(end, END_OF_CENTRAL_DIRECTORY);
        u16(end, 0, 0, count, count);
        u32(end, Math.toIntExact(central.size()));
        u32(end, (int) start);
        u16(end, 0);
        end.writeTo(out);
        out.flush();
    }

    private void add(String name, byte[] content, int crc, byte[] data, int attributes) throws IOException {
        if (count == 0xFFFF || offset + data.length + 1024 > 0xFFFFFFFFL) {
            throw new IOException("the project is too large for a zip archive without Zip64");
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int method = data.length == 0 && content.length == 0 ? 0 : Deflater.DEFLATED;
        ByteArrayOutputStream local = new ByteArrayOutputStream();
        u32(local, LOCAL_HEADER);
        u16(local, VERSION, UTF8_NAMES, method, DOS_TIME, DOS_DATE);
        u32(local, crc, data.length, content.length);
        u16(local, nameBytes.length, 0);
        local.write(nameBytes);

        u32(central, CENTRAL_HEADER);
        u16(central, MADE_BY_UNIX, VERSION, UTF8_NAMES, method, DOS_TIME, DOS_DATE);
        u32(central, crc, data.length, content.length);
        u16(central, nameBytes.length, 0, 0, 0, 0);
        u32(central, attributes, (int) offset);
        central.write(nameBytes);

        local.writeTo(out);
        out.write(data);
        offset += local.size() + data.length;
        count++;
    }

    private static byte[] deflate(byte[] content) {
        if (content.length == 0) {
            return content;
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(content.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Little-endian 16-bit values. */
    private static void u16(ByteArrayOutputStream out, int... values) {
        for (int value : values) {
            out.write(value & 0xFF);
            out.write((value >>> 8) & 0xFF);
        }
    }

    /** Little-endian 32-bit values. */
    private static void u32(ByteArrayOutputStream out, int... values) {
        for (int value : values) {
            u16(out, value & 0xFFFF, value >>> 16);
        }
    }
}
