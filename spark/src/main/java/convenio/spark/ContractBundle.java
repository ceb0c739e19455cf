package convenio.spark;

import static convenio.spark.SparkTexts.M;

import convenio.api.ContractRegistry;
import convenio.api.RegistrySnapshot;
import convenio.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;

/**
 * The compiled contracts ({@code *.cvc}) of a folder, as bytes: read once by the driver from wherever the folder is
 * (a local path, HDFS, S3 — any file system Hadoop reads), shipped to the executors with the job, and opened there
 * with the same {@link ContractRegistry} the JVM uses, once per executor. So every task chooses among exactly the
 * versions the driver checked, and no executor needs the folder.
 */
public final class ContractBundle implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, RegistrySnapshot> OPENED = new ConcurrentHashMap<>();
  private static final java.util.Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private final String folder;
  private final TreeMap<String, byte[]> files;
  private final String digest;

  private ContractBundle(String folder, TreeMap<String, byte[]> files) {
    this.folder = folder;
    this.files = files;
    this.digest = digest(files);
  }

  /**
   * Reads the folder and opens it once, so that a file the registry refuses (corrupt, from another compiler, a
   * vigência overlapping another version of the same operator–provider pair) stops the job before it starts.
   */
  public static ContractBundle read(String folder, Configuration hadoop) {
    TreeMap<String, byte[]> files = new TreeMap<>();
    try {
      org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(folder);
      FileSystem fs = dir.getFileSystem(hadoop);
      if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
        throw new JobException(M.get("contracts.no.folder", folder));
      }
      FileStatus[] listed = fs.listStatus(dir);
      java.util.Arrays.sort(listed, Comparator.comparing(s -> s.getPath().getName()));
      for (FileStatus s : listed) {
        String name = s.getPath().getName();
        if (!s.isFile() || !name.endsWith(".cvc") || name.startsWith(".")) continue;
        try (InputStream in = fs.open(s.getPath())) {
          files.put(name, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new JobException(M.get("contracts.unreadable", folder, e.getMessage()));
    }
    if (files.isEmpty()) {
      throw new JobException(M.get("contracts.none", folder));
    }
    ContractBundle bundle = new ContractBundle(folder, files);
    // checked once per JVM; in local mode the driver is the executor too, so the executors' copy is this one
    if (!CHECKED.contains(bundle.digest)) {
      OPENED.putIfAbsent(bundle.digest, bundle.open(true));
      CHECKED.add(bundle.digest);
    }
    return bundle;
  }

  public String folder() {
    return folder;
  }

  public List<String> fileNames() {
    return List.copyOf(files.keySet());
  }

  /** The registry's serving snapshot, opened once per JVM (executor) for each distinct set of files. */
  public RegistrySnapshot snapshot() {
    return OPENED.computeIfAbsent(digest, d -> open(false));
  }

  private RegistrySnapshot open(boolean strict) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("convenio-contracts-");
      for (Map.Entry<String, byte[]> f : files.entrySet()) Files.write(dir.resolve(f.getKey()), f.getValue());
      try (ContractRegistry registry = ContractRegistry.open(dir)) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic d : registry.lastReload().problems()) {
          if (d.isError()) errors.add(folder + "/" + Path.of(d.file()).getFileName() + ": " + d.message());
        }
        if (!errors.isEmpty() && strict) {
          throw new JobException(M.get("contracts.refused", String.join("\n  ", errors)));
        }
        // A contract is a plain object graph, loaded whole: the files are not read again.
        return registry.snapshot();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(M.get("contracts.temp"), e);
    } finally {
      if (dir != null) FileUtil.fullyDelete(dir.toFile());
    }
  }

  private static String digest(Map<String, byte[]> files) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        md.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(f.getValue());
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
