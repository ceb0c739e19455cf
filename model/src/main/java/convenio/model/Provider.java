package convenio.model;

/** A provider as the message identifies it: code at the operator, CNPJ or CPF, and name when known. */
public record Provider(String codeAtOperator, String cnpj, String cpf, String name, String cnes) {}
