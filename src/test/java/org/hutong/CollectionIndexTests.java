package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ORM loads a record's collection (a deal's lines, a quote's lines …) by the parent's id alone,
 * without the tenant: every collection's key column must lead an index of its table, or one record's
 * page reads the whole table (it read three million deal lines before V53). A new collection mapped
 * without that index fails here, on H2 and on PostgreSQL.
 */
@HutongTest
class CollectionIndexTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DataSource dataSource;

	@Test
	void everyCollectionKeyLeadsAnIndex() throws SQLException {
		List<String> keys = collectionKeys();
		assertThat(keys).as("collections mapped").contains("sales_opportunity_line.opportunity_id");
		List<String> unindexed = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (String key : keys) {
				String table = key.substring(0, key.indexOf('.'));
				if (!leadingColumns(connection.getMetaData(), table).contains(key.substring(key.indexOf('.') + 1))) {
					unindexed.add(key);
				}
			}
		}
		assertThat(unindexed).as("collection keys no index leads with").isEmpty();
	}

	/** "table.column" of every collection's foreign key, as the ORM maps it. */
	private List<String> collectionKeys() {
		List<String> keys = new ArrayList<>();
		entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
			.forEachCollectionDescriptor(collection -> {
				ForeignKeyDescriptor key = collection.getAttributeMapping().getKeyDescriptor();
				key.getKeyPart().forEachSelectable((index, column) -> keys
					.add(key.getKeyTable().toLowerCase() + "." + column.getSelectionExpression().toLowerCase()));
			});
		return keys;
	}

	/** The first column of each index of the table (unique constraints included). */
	private static Set<String> leadingColumns(DatabaseMetaData metadata, String table) throws SQLException {
		Set<String> leading = new HashSet<>();
		try (ResultSet indexes = metadata.getIndexInfo(null, null, table, false, false)) {
			while (indexes.next()) {
				if (indexes.getShort("ORDINAL_POSITION") == 1) {
					leading.add(indexes.getString("COLUMN_NAME").toLowerCase());
				}
			}
		}
		return leading;
	}
}
