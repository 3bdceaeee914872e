package org.hutong.sales.product;

import org.springframework.web.multipart.MultipartFile;

/** The product 导入 form and the API's multipart request: the file. */
record ProductImportForm(MultipartFile file) {
}
