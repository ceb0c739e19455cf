package convenio.history;

import static convenio.history.HistoryTexts.M;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The auditor's desk in the history store: the accounts kept for audit (as account-format JSON, so that they can be
 * priced again) and, per account, the log of the auditor's decisions (who, when, the operation as JSON, a summary,
 * why, and whether it was undone). This class knows rows, not operations: the desk module gives them their meaning.
 * Opening it brings the store's schema up to date, as {@link HistoryStore} does.
 *
 * <p>Not thread-safe: callers serialize access (the desk does).
 */
public final class DeskRecords implements AutoCloseable {
  /** An account kept on the desk. */
  public record Account(long id, String operatorAns, String lote, String accountJson, String contractId,
      String contractVersion, String contractHash, Instant recordedAt) {}

  /** One decision of the log, numbered from 1 per account. */
  public record Decision(int n, String auditor, Instant at, String operationJson, String summary, String why,
      boolean undone) {}

  private final Database db;
  private final Connection c;

  private DeskRecords(Database db) {
    this.db = db;
    // Opening the history migrates it (and refuses a store written by a newer Convenio); then this connection.
    HistoryStore.open(db).close();
    this.c = db.connect();
  }

  /** The desk of the history named as after {@code --db} (a file, {@code postgresql://…} or a {@code jdbc:} URL). */
  public static DeskRecords open(String db) {
    return new DeskRecords(Database.of(db));
  }

  public Database database() {
    return db;
  }

  public List<Account> accounts() {
    List<Account> out = new ArrayList<>();
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT id, operator_ans, lote_number, account_json, contract_id,"
             + " contract_version, contract_hash, recorded_at FROM desk_account ORDER BY id")) {
      while (rs.next()) out.add(account(rs));
    } catch (SQLException e) {
      throw failed("desk.read", e);
    }
    return out;
  }

  public Optional<Account> account(long id) {
    try (PreparedStatement p = c.prepareStatement("SELECT id, operator_ans, lote_number, account_json, contract_id,"
        + " contract_version, contract_hash, recorded_at FROM desk_account WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(account(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("desk.read", e);
    }
  }

  /** The account already kept for this operator's lote, if any. */
  public Optional<Account> find(String operatorAns, String lote) {
    for (Account a : accounts()) {
      if (java.util.Objects.equals(a.operatorAns(), operatorAns) && java.util.Objects.equals(a.lote(), lote)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Keeps an account; returns its id. */
  public long add(String operatorAns, String lote, String accountJson, String contractId, String contractVersion,
      String contractHash) {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO desk_account (operator_ans, lote_number, account_json,"
        + " contract_id, contract_version, contract_hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS)) {
      p.setString(1, operatorAns);
      p.setString(2, lote);
      p.setString(3, accountJson);
      p.setString(4, contractId);
      p.setString(5, contractVersion);
      p.setString(6, contractHash);
      p.setTimestamp(7, Timestamp.from(Instant.now()));
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        if (!keys.next()) throw new HistoryException(M.get("desk.no.id"));
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw failed("desk.write", e);
    }
  }

  /** Records which contract now prices the account (after re-pricing). */
  public void contract(long id, String contractId, String contractVersion, String contractHash) {
    try (PreparedStatement p = c.prepareStatement("UPDATE desk_account SET contract_id = ?, contract_version = ?,"
        + " contract_hash = ? WHERE id = ?")) {
      p.setString(1, contractId);
      p.setString(2, contractVersion);
      p.setString(3, contractHash);
      p.setLong(4, id);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failed("desk.write", e);
    }
  }

  public List<Decision> decisions(long account) {
    List<Decision> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT n, auditor, done_at, operation, summary, why, undone"
        + " FROM desk_operation WHERE account_id = ? ORDER BY n")) {
      p.setLong(1, account);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Decision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getBoolean(7)));
        }
      }
    } catch (SQLException e) {
      throw failed("desk.read", e);
    }
    return out;
  }

  /**
   * Appends a decision and, in the same transaction, marks decision {@code undoes} undone (0: none), so that an
   * undo is never half recorded.
   */
  public void append(long account, Decision d, int undoes) {
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO desk_operation (account_id, n, auditor, done_at,"
            + " operation, summary, why, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          p.setLong(1, account);
          p.setInt(2, d.n());
          p.setString(3, d.auditor());
          p.setTimestamp(4, Timestamp.from(d.at()));
          p.setString(5, d.operationJson());
          p.setString(6, d.summary());
          p.setString(7, d.why());
          p.setBoolean(8, d.undone());
          p.executeUpdate();
        }
        if (undoes > 0) {
          try (PreparedStatement p = c.prepareStatement(
              "UPDATE desk_operation SET undone = TRUE WHERE account_id = ? AND n = ?")) {
            p.setLong(1, account);
            p.setInt(2, undoes);
            p.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw failed("desk.write", e);
    }
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
  }

  /** @param key {@code desk.read} or {@code desk.write} */
  private HistoryException failed(String key, SQLException e) {
    return new HistoryException(M.get(key, db.shown(), Sql.reason(e)), e);
  }

  @Override
  public void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing a connection that failed: nothing left to release
    }
  }
}
