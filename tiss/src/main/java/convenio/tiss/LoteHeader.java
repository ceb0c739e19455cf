package convenio.tiss;

import convenio.model.Provider;
import java.time.LocalDate;

/**
 * What a lote says about itself before its guides: delivered to a {@link LoteListener} before the first guide.
 *
 * @param padrao      cabecalho/Padrao as written (the release the sender declares)
 * @param loteNumber  loteGuias/numeroLote
 * @param sequence    sequencialTransacao
 * @param sentOn      dataRegistroTransacao
 * @param operatorAns destino/registroANS, the operator the lote is for
 * @param provider    origem/identificacaoPrestador, the provider that sent it
 */
public record LoteHeader(String padrao, String loteNumber, String sequence, LocalDate sentOn, String operatorAns,
    Provider provider) {}
