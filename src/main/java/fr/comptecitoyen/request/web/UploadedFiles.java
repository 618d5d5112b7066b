package fr.comptecitoyen.request.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import fr.comptecitoyen.request.internal.IncomingFile;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The files of a multipart form post, by slot (the input's name), in a controller or in a
 * filter before it. An input left empty (no file chosen) sends a nameless empty part,
 * which is skipped.
 */
final class UploadedFiles {

	private UploadedFiles() {
	}

	/**
	 * The files posted under those names.
	 * @param request the post (files only when it is multipart)
	 * @param slots the input names to read
	 */
	static List<IncomingFile> of(HttpServletRequest request, Collection<String> slots) {
		// Security's wrappers may sit on top of the multipart request.
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null) {
			// Before the DispatcherServlet (a filter): the parts are parsed here.
			String type = request.getContentType();
			if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
				return List.of();
			}
			multipart = new StandardMultipartHttpServletRequest(request);
		}
		List<IncomingFile> files = new ArrayList<>();
		for (String slot : slots) {
			for (MultipartFile file : multipart.getFiles(slot)) {
				String name = file.getOriginalFilename();
				if ((name == null || name.isEmpty()) && file.isEmpty()) {
					continue;
				}
				files.add(new IncomingFile(slot, name, file::getInputStream));
			}
		}
		return files;
	}

}
