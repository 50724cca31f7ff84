package org.defencetracker.config;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Replaces the transaction manager Spring Boot would configure for JPA (it backs off when one exists) with one that
 * records who writes; otherwise it is set up the same way.
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

    @Bean
    JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactionManager = new AuthorRecordingTransactionManager();
        customizers.ifAvailable(all -> all.customize(transactionManager));
        return transactionManager;
    }
}
