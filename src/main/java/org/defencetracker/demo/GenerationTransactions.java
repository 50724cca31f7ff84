package org.defencetracker.demo;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of the generated data: each batch in its own, whose statements may wait on the database as long
 * as they need. The connection pool gives up on a statement after a minute, which guards readers' requests; a batch
 * of ten thousand records, its triggers firing, can wait that long behind the other lane's batch on a busy machine,
 * and would end the generation halfway. The pool restores the limit when the connection goes back to it.
 */
@Component
class GenerationTransactions {

    private final TransactionTemplate transactions;
    private final DataSource dataSource;

    GenerationTransactions(TransactionTemplate transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    <T> T execute(Supplier<T> batch) {
        return transactions.execute(status -> {
            try {
                DataSourceUtils.getConnection(dataSource).setNetworkTimeout(Runnable::run, 0);
            } catch (SQLException ex) {
                throw new IllegalStateException("The generation's connection kept its time limit", ex);
            }
            return batch.get();
        });
    }
}
