import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;

/**
 * mongo-java-server with its memory backend on 127.0.0.1:PORT until stopped. It speaks MongoDB 4.0's protocol (wire
 * version 7) and says so; the MongoDB Node.js driver 7 asks for 4.4 (wire version 9), so it announces 4.4: what the
 * app uses (finds, inserts, updates, unique indexes, $group with $sum) it serves the same.
 */
public class Serve {
  public static void main(String[] args) throws Exception {
    MongoVersion v44 = new MongoVersion() {
      public List<Integer> getVersionArray() { return List.of(4, 4, 0); }
      public int getWireVersion() { return 9; }
    };
    MongoServer server = new MongoServer(new MemoryBackend().version(v44));
    server.bind("127.0.0.1", Integer.parseInt(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    Thread.currentThread().join();
  }
}
