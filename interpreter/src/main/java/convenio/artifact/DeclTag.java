package convenio.artifact;

import convenio.syntax.Decl;
import java.util.List;

/** The tag of each declaration kind in the format. Append only: a tag's meaning never changes within a version. */
final class DeclTag {
  private DeclTag() {}

  static final List<Class<? extends Decl>> KINDS = List.of(Decl.Import.class, Decl.Clause.class, Decl.Let.class,
      Decl.Group.class, Decl.Holidays.class, Decl.MapDecl.class, Decl.Table.class, Decl.Justification.class,
      Decl.Schedule.class, Decl.Price.class, Decl.Routes.class, Decl.Participation.class, Decl.Adjust.class,
      Decl.Limit.class, Decl.Require.class, Decl.GlosaRule.class, Decl.Package.class, Decl.Check.class,
      Decl.Duplicates.class);

  static int of(Decl d) {
    int i = KINDS.indexOf(d.getClass());
    if (i < 0) throw new IllegalStateException("no artifact tag for " + d.getClass().getName());
    return i + 1;
  }
}
