package org.defencetracker.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the application holds its connections, whichever database it found. */
@Configuration(proxyBeanMethods = false)
class DatabaseConnections {

    /** Puts the pool, the embedded database's or a configured server's, behind a {@link FailFastDataSource}. */
    @Bean
    static BeanPostProcessor failFastDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
            }
        };
    }
}
