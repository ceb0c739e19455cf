package convenio.api;

import convenio.i18n.Messages;
import convenio.model.Account;
import convenio.model.Guide;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One immutable generation of the registry: the contract versions it serves, with no two versions of one
 * operator–provider pair overlapping (the registry rejects those before building a snapshot). Pricing takes a snapshot
 * once and uses only it, so an account finishes on the versions it started with whatever reloads happen meanwhile.
 */
public record RegistrySnapshot(long generation, List<RegisteredContract> contracts) {
  private static final Messages M = Messages.of(RegistrySnapshot.class, "convenio.api.messages");
  public RegistrySnapshot {
    contracts = List.copyOf(contracts);
  }

  /** The one contract version covering every guide of the account, or why there is none. */
  public Selection select(Account account) {
    List<RegisteredContract> pair = new ArrayList<>();
    for (RegisteredContract c : contracts) {
      if (ContractParties.of(c.contract()).matches(account)) pair.add(c);
    }
    String accountSide = M.get("select.side", account.operatorAns(),
        ContractParties.describe(ContractParties.providerOf(account)));
    if (pair.isEmpty()) {
      return Selection.failed(M.get("select.no.contract", accountSide, listing(account)));
    }
    if (account.guides().isEmpty()) return Selection.failed(M.get("select.no.guides", accountSide));
    Map<RegisteredContract, List<String>> byVersion = new LinkedHashMap<>();
    for (Guide g : account.guides()) {
      LocalDate date = g.executionDate();
      if (date == null) {
        return Selection.failed(g.number(), M.get("select.no.date", g.number()));
      }
      List<RegisteredContract> covering = pair.stream().filter(c -> c.covers(date)).toList();
      if (covering.isEmpty()) {
        return Selection.failed(g.number(), M.get("select.no.version", g.number(), date, accountSide,
            pair.stream().map(RegisteredContract::describe).collect(Collectors.joining("; "))));
      }
      if (covering.size() > 1) { // cannot happen after the registry's overlap check; never pick silently anyway
        return Selection.failed(g.number(), M.get("select.two.versions", g.number(), date,
            covering.stream().map(RegisteredContract::describe).collect(Collectors.joining(M.get("select.and")))));
      }
      byVersion.computeIfAbsent(covering.get(0), k -> new ArrayList<>()).add(g.number());
    }
    if (byVersion.size() > 1) {
      return Selection.failed(M.get("select.versions", byVersion.size(), byVersion.entrySet().stream()
              .map(e -> M.get("select.versions.part", e.getKey().describe(), String.join(", ", e.getValue())))
          .collect(Collectors.joining("; "))));
    }
    return new Selection(byVersion.keySet().iterator().next(), null, null);
  }

  /** What the registry serves for the account's operator, for the "no contract" message. */
  private String listing(Account account) {
    List<String> same = contracts.stream().filter(c -> c.contract().operatorAns().equals(account.operatorAns()))
        .map(c -> ContractParties.of(c.contract()).describe() + " (" + c.describe() + ")").toList();
    if (!same.isEmpty()) return M.get("select.listing.same", String.join("; ", same));
    if (contracts.isEmpty()) return M.get("select.listing.empty");
    return M.get("select.listing.others", account.operatorAns(), contracts.stream()
        .map(c -> c.contract().operatorAns()).distinct().sorted().collect(Collectors.joining(", ")));
  }

  /** The contract version chosen, or the error and the guide it concerns (null when it concerns the account). */
  public record Selection(RegisteredContract contract, String error, String guide) {
    static Selection failed(String error) {
      return new Selection(null, error, null);
    }

    static Selection failed(String guide, String error) {
      return new Selection(null, error, guide);
    }

    public boolean ok() {
      return contract != null;
    }
  }
}
