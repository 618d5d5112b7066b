package fr.comptecitoyen.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Small files of each kind, as their first bytes make them (what content sniffing reads).
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		byte[] bytes = new byte[64];
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	static byte[] jpeg() {
		byte[] bytes = new byte[64];
		byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] svg() {
		return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
				+ "<script>alert(1)</script></svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	static byte[] zip() {
		byte[] bytes = new byte[64];
		byte[] head = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	/** A PNG of exactly that size. */
	static byte[] pngOfSize(int size) {
		byte[] bytes = Arrays.copyOf(png(), size);
		return bytes;
	}

}
