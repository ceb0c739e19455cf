package convenio.tiss;

import convenio.model.GlosaGroup;

/**
 * A glosa code of TISS table 38 (dm_tipoGlosa) with what the engine needs to report it.
 *
 * @param description the ANS wording of the current terminology
 * @param group       the message group of its range in the TISS 3.0x table 30 (Elegibilidade, Regra de Valorização, …)
 * @param kind        administrative or technical by default (see tables/glosa-classes.csv; contracts may override)
 */
public record GlosaCode(String code, String description, String group, GlosaGroup kind) {}
