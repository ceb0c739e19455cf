package convenio.desk;

import convenio.i18n.Messages;

/** The desk's user-facing texts (convenio/desk/messages.properties, English; messages_pt.properties beside it). */
public final class Texts {
  public static final Messages M = Messages.of(Texts.class, "convenio.desk.messages");

  private Texts() {}
}
