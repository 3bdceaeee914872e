package org.hutong.customers.imports;

import org.springframework.web.multipart.MultipartFile;

/**
 * The 导入 start form and the API's multipart request: the file and where new customers go.
 *
 * @param target {@code OWNER} (the default) or {@code POOL}
 * @param ownerId the owner of new customers; the importer when empty; others only within their data scope
 */
record ImportForm(MultipartFile file, String target, Long ownerId) {

	static final String POOL = "POOL";

	static final String OWNER = "OWNER";

	ImportForm {
		target = POOL.equals(target) ? POOL : OWNER;
	}

	boolean toPool() {
		return POOL.equals(target);
	}

	static ImportForm blank() {
		return new ImportForm(null, OWNER, null);
	}
}
