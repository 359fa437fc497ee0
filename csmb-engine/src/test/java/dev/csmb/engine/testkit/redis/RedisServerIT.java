package dev.csmb.engine.testkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedisServerIT {

    @Test
    void startsAnswersAndStops() throws Exception {
        int port;
        try (RedisServer redis = RedisServer.start()) {
            port = redis.port();
            assertThat(redis.url()).isEqualTo("redis://127.0.0.1:" + port);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = socket.getOutputStream();
                out.write("SET k v\r\nGET k\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n$1\r\nv\r\n");
            }
        }
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
            throw new AssertionError("redis-server still listening after close");
        } catch (java.net.ConnectException expected) {
            // stopped
        }
    }
}
