-- Accounts: n = 0 is the benchmark citizen; 97 % validated, 2 % pending, 1 % suspended;
-- created over the last three years. Output: CSV for COPY citizen_account.
COPY (
	SELECT md5('account' || n)::uuid,
		CASE WHEN n = 0 THEN 'bench.citoyen' ELSE 'citoyen.' || n END,
		CASE WHEN n = 0 THEN 'bench.citoyen@example.org' ELSE 'citoyen.' || n || '@example.org' END,
		:'hash',
		CASE WHEN n = 0 OR n % 100 < 97 THEN 'VALIDATED' WHEN n % 100 < 99 THEN 'PENDING' ELSE 'SUSPENDED' END,
		'MADAME',
		(ARRAY['Martin','Bernard','Thomas','Petit','Robert','Richard','Durand','Dubois','Moreau','Laurent',
			'Simon','Michel','Lefebvre','Leroy','Roux','David','Bertrand','Morel','Fournier','Girard'])[1 + (n * 7) % 20]
			|| CASE WHEN n % 3 = 0 THEN '' ELSE '-' || (n % 997) END,
		(ARRAY['Camille','Lucie','Jean','Paul','Léa','Hugo','Chloé','Louis','Emma','Nathan'])[1 + n % 10],
		date '1950-01-01' + (n % 20000),
		'06 12 34 56 78',
		(1 + n % 120) || ' rue des Tamaris',
		'34200',
		'Sète',
		'EMAIL',
		now() - (n % 1095) * interval '1 day',
		now() - (n % 1095) * interval '1 day',
		0,
		false
	FROM generate_series(0, :accounts - 1) AS n
) TO STDOUT WITH (FORMAT csv);
