package org.defencetracker.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the thread that asks: the application's data source is
 * wrapped, in tests only, so that every statement of a request, whichever way it is made (JPA, JDBC templates),
 * passes here.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountedStatements {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

    private static final AtomicInteger COUNT = new AtomicInteger();

    private static volatile Thread counted;

    /** The statements of the last count, for a failing test to show. */
    public static final java.util.List<String> SQL = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The number of statements {@code work} ran on this thread. */
    public static int during(Callable<?> work) throws Exception {
        COUNT.set(0);
        SQL.clear();
        counted = Thread.currentThread();
        try {
            work.call();
            return COUNT.get();
        } finally {
            counted = null;
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource source && !(bean instanceof Counting) ? new Counting(source) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (STATEMENTS.contains(method.getName()) && Thread.currentThread() == counted) {
                    COUNT.incrementAndGet();
                    SQL.add(args == null || args.length == 0 ? method.getName() : String.valueOf(args[0]));
                }
                return invoke(connection, method, args);
            };
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
        }
    }
}
