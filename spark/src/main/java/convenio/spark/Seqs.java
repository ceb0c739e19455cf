package convenio.spark;

import java.util.List;

/** Spark's row encoders take an array column's value as a Scala sequence. */
final class Seqs {
  private Seqs() {}

  static <T> scala.collection.immutable.Seq<T> of(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
